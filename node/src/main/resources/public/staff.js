// Progressive enhancement only: the staff pages work without it.
// Enter in the experiment search box searches, instead of saving the form with its first button.
document.addEventListener('keydown', function (event) {
  var field = event.target;
  if (event.key === 'Enter' && field.dataset && field.dataset.submit) {
    event.preventDefault();
    document.getElementById(field.dataset.submit + '-button').click();
  }
});
// After a save that failed, bring the list of problems into view and to the screen reader.
var summary = document.getElementById('error-summary');
if (summary) { summary.focus(); }
