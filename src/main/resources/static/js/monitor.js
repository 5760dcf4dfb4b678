// Coding form enhancement (the form works without it): select words in the source panel, then press
// "Use the selection" next to a quote box to paste them there. No inline script, no styles.
(function () {
  'use strict';
  var panel = document.querySelector('.source-text');
  if (!panel || !window.getSelection) {
    return;
  }
  var label = document.body.getAttribute('data-use-selection') || 'Use the selected words';
  var boxes = document.querySelectorAll('.quote-row textarea');
  Array.prototype.forEach.call(boxes, function (box) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary use-selection';
    button.textContent = panel.getAttribute('data-use-selection') || label;
    button.addEventListener('click', function () {
      var selection = window.getSelection();
      if (selection && !selection.isCollapsed && panel.contains(selection.anchorNode)) {
        box.value = selection.toString().trim();
        box.focus();
      }
    });
    box.parentNode.insertBefore(button, box.nextSibling);
  });
}());
