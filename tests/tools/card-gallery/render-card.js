// Renders one Adaptive Card with the reference renderer (npm adaptivecards, loaded into the page before this script)
// into #card, the way the card gallery test looks at it. Loaded by tests/EndToEnd.Tests/Cards/CardRenderer.cs.
//
//   window.srebotRenderCard(cardJson, hostConfigJson) -> { problems: [..] }
//
// Problems are what made the library complain: parse events (unknown types, invalid values, ...), a render that
// produced nothing or threw. Console errors are collected by the test itself.
//
// Markdown: Teams renders a small Markdown subset and shows backslash escapes as they are. The library without a
// processor shows text as it is; this one adds only **bold** (after HTML-escaping), so screenshots read like Teams
// while every backslash stays visible, as it does in Teams.
(function () {
  'use strict';
  const AC = window.AdaptiveCards;

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = escapeHtml(text).replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>').replace(/\r?\n/g, '<br>');
    result.didProcess = true;
  };

  window.srebotExecuted = [];

  window.srebotRenderCard = function (cardJson, hostConfigJson) {
    const problems = [];
    const target = document.getElementById('card');
    target.replaceChildren();
    const card = new AC.AdaptiveCard();
    card.hostConfig = new AC.HostConfig(hostConfigJson);
    card.onExecuteAction = function (action) {
      const data = action.data === undefined ? null : JSON.parse(JSON.stringify(action.data));
      window.srebotExecuted.push({ type: action.getJsonTypeName(), verb: action.verb === undefined ? null : action.verb, title: action.title || null, data: data });
    };
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    card.parse(cardJson, context);
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      problems.push('parse ' + AC.ValidationPhase[e.phase] + '/' + AC.ValidationEvent[e.event] + ': ' + e.message);
    }
    try {
      const rendered = card.render();
      if (!rendered) {
        problems.push('render: the card rendered nothing');
      } else {
        target.appendChild(rendered);
      }
    } catch (error) {
      problems.push('render: ' + error.message);
    }
    return { problems: problems };
  };
})();
