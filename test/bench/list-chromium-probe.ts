/**
 * What the Chromium list benchmark runs in the page (an init script, plain JS: test/ has no DOM
 * types). `__listProbe.arm(value, countText)` starts timing the next keystroke: from the key
 * event's own timestamp (when the browser created the input event, so time spent waiting for a
 * busy main thread counts) until the search box holds `value` and the "Showing N of 1,000" line
 * (which follows the list's deferred search, committed with the rows) reads `countText`
 * ("commit"), and then until the frame after it ran (requestAnimationFrame, then a task: the
 * frame that shows it was painted, "paint"). `__listProbe.frames()` records frame intervals
 * (requestAnimationFrame to requestAnimationFrame) until `stopFrames()`. `longFrames()` collects
 * Chromium's long animation frames (over 50 ms of work, whatever caused it) until
 * `stopLongFrames()`: work a keystroke left running after its list was shown would be seen there.
 */
export const LIST_PROBE_SCRIPT = `
(() => {
  const probe = {};
  let pending = null;
  probe.arm = (value, countText) => {
    let started = null;
    let done = false;
    pending = new Promise((resolve) => {
      const check = () => {
        if (done || started === null) return;
        const input = document.querySelector('input[type="search"]');
        const count = document.querySelector('.list-count');
        if (!input || input.value !== value || !count || count.textContent !== countText) return;
        done = true;
        observer.disconnect();
        removeEventListener('input', onInput, true);
        const commit = performance.now() - started;
        requestAnimationFrame(() =>
          setTimeout(() => resolve({ commit, paint: performance.now() - started }), 0),
        );
      };
      const onInput = () => queueMicrotask(check);
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      addEventListener(
        'keydown',
        (event) => {
          started = event.timeStamp;
        },
        { capture: true, once: true },
      );
      addEventListener('input', onInput, true);
    });
    return true;
  };
  probe.result = () => pending;
  let frames = null;
  probe.frames = () => {
    frames = [];
    let last = performance.now();
    const tick = (now) => {
      if (!frames) return;
      frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return true;
  };
  probe.stopFrames = () => {
    const recorded = frames ?? [];
    frames = null;
    return recorded;
  };
  let long = null;
  let longObserver = null;
  probe.longFrames = () => {
    long = [];
    try {
      longObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) long.push(entry.duration);
      });
      longObserver.observe({ type: 'long-animation-frame' });
    } catch {
      long = null;
    }
    return long !== null;
  };
  probe.stopLongFrames = () => {
    longObserver?.disconnect();
    const recorded = long;
    long = null;
    return recorded;
  };
  globalThis.__listProbe = probe;
})();
`;
