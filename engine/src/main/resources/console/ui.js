// Small DOM helpers and the do-not-board cue (banner and beep).
export const $ = (sel) => document.querySelector(sel);

/** An element with attributes and children (strings become text: nothing is parsed as HTML). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

/** Says something to screen readers through the polite live region. */
export function announce(text) {
  const live = $('#live');
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

const MUTED = 'paxgate.muted';

export const cue = {
  ctx: null,
  button: null,
  muted: localStorage.getItem(MUTED) === 'true',
  init(button) {
    this.button = button;
    this.render();
    button.addEventListener('click', () => {
      this.muted = !this.muted;
      localStorage.setItem(MUTED, String(this.muted));
      this.render();
    });
    // browsers start audio only after a user gesture: make the context on the first one
    const unlock = () => {
      if (!this.ctx && window.AudioContext) this.ctx = new AudioContext();
    };
    document.addEventListener('click', unlock, { once: true });
    document.addEventListener('keydown', unlock, { once: true });
  },
  render() {
    this.button.textContent = this.muted ? 'Sound off' : 'Sound on';
    this.button.setAttribute('aria-pressed', String(this.muted));
  },
  /** Two short tones, unless muted or the browser has not allowed sound yet. */
  beep() {
    if (this.muted || !this.ctx) return;
    const t = this.ctx.currentTime;
    for (const [start, freq] of [[0, 880], [0.25, 660]]) {
      const o = this.ctx.createOscillator();
      const g = this.ctx.createGain();
      o.frequency.value = freq;
      g.gain.setValueAtTime(0.2, t + start);
      g.gain.exponentialRampToValueAtTime(0.001, t + start + 0.2);
      o.connect(g).connect(this.ctx.destination);
      o.start(t + start);
      o.stop(t + start + 0.2);
    }
  },
};
