// The query page: YASGUI on this node's endpoints, and the example library's "Try" buttons.
(function () {
  'use strict';
  function endpoint() {
    var checked = document.querySelector('input[name=endpoint]:checked');
    return window.location.origin + (checked ? checked.value : '/sparql');
  }
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint(), method: 'POST' },
    copyEndpointOnNewTab: true,
    // no tabs kept from an earlier visit: the page always starts on the chosen endpoint
    persistenceId: null
  });
  window.caillouxYasgui = yasgui;
  document.querySelectorAll('input[name=endpoint]').forEach(function (radio) {
    radio.addEventListener('change', function () { yasgui.getTab().setEndpoint(endpoint()); });
  });
  document.querySelectorAll('.run-example').forEach(function (button) {
    button.addEventListener('click', function () {
      var id = button.getAttribute('data-example');
      if (button.getAttribute('data-federated') === 'true') {
        document.getElementById('endpoint-federation').checked = true;
      }
      var tab = yasgui.getTab();
      tab.setEndpoint(endpoint());
      tab.setQuery(document.getElementById('query-' + id).textContent);
      tab.getYasqe().query();
      document.getElementById('yasgui').scrollIntoView();
    });
  });
})();
