// Draws the comparison page's two charts from the JSON the page embeds (no outside request).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var palette = ['#2f6b3f', '#b5651d', '#3b6ea5', '#8e3b8e', '#c9a400', '#5a8f29', '#a12d2d', '#2b8a8a',
                 '#6b4f2f', '#4d5a52', '#d17a9c', '#1d2a22', '#7f9f3f', '#9a7b4f', '#3f3f9f'];
  function draw(id, chart) {
    var element = document.getElementById(id);
    if (!element || typeof echarts === 'undefined') { return; }
    var instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption({
      color: palette,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: chart.cities },
      yAxis: { type: 'value', minInterval: 1 },
      aria: { enabled: true },
      series: chart.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'total', data: s.data };
      })
    });
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { instance.resize(); });
  }
  draw('chart-themes', data.themes);
  draw('chart-levels', data.levels);
})();
