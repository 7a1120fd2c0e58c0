// Claim matrix page script. Loaded by nonce under a strict CSP; no inline handlers.
// It only ever posts {type:'open', uri, range} for a claim the researcher clicked; the
// extension validates that message again before opening anything.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();

  function count(value) {
    const number = Number(value);
    return Number.isSafeInteger(number) && number >= 0 ? number : undefined;
  }

  function rangeOf(button) {
    const startLine = count(button.dataset.startLine);
    const startCharacter = count(button.dataset.startCharacter);
    const endLine = count(button.dataset.endLine);
    const endCharacter = count(button.dataset.endCharacter);
    if ([startLine, startCharacter, endLine, endCharacter].some((n) => n === undefined)) return undefined;
    return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button.claim') : null;
    if (!target) return;
    const range = rangeOf(target);
    if (!range || typeof target.dataset.uri !== 'string') return;
    vscode.postMessage({ type: 'open', uri: target.dataset.uri, range });
  });

  // The page is redrawn whenever the corpus changes: keep the filter and the scroll position.
  const state = vscode.getState() || {};
  const saveState = (change) => {
    Object.assign(state, change);
    vscode.setState(state);
  };

  const onlyDisagreements = document.getElementById('only-disagreements');
  if (onlyDisagreements) {
    onlyDisagreements.checked = Boolean(state.onlyDisagreements);
    document.body.classList.toggle('only-disagreements', onlyDisagreements.checked);
    onlyDisagreements.addEventListener('change', () => {
      document.body.classList.toggle('only-disagreements', onlyDisagreements.checked);
      saveState({ onlyDisagreements: onlyDisagreements.checked });
    });
  }

  let scrollTimer;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => saveState({ scrollY: window.scrollY }), 100);
  });

  // "Show Claim Matrix" on a conflict: scroll to its row and highlight it.
  const focusSubject = document.body.dataset.focusSubject;
  if (!focusSubject && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  if (focusSubject) {
    const focusAttribute = document.body.dataset.focusAttribute;
    const rows = Array.from(document.querySelectorAll('tr.row'));
    const row =
      rows.find((r) => r.dataset.subject === focusSubject && (!focusAttribute || r.dataset.attribute === focusAttribute)) ||
      rows.find((r) => r.dataset.subject === focusSubject);
    if (row) {
      row.classList.add('focused');
      row.scrollIntoView({ block: 'center' });
      const firstClaim = row.querySelector('button.claim');
      if (firstClaim) firstClaim.focus();
    }
  }
})();
