/*
 * happy-dom lays nothing out: every element is 0 px tall, so a virtualized list would see an
 * empty viewport and draw no rows. This gives the page's scroller a window's height and each
 * virtual row a height, as a browser at 1280×860 would, for the list tests and the benchmark.
 * Returns the undo.
 */
export function fakeListLayout({ viewport = 860, row = 110 } = {}): () => void {
  const proto = HTMLElement.prototype;
  const client = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
  const offset = Object.getOwnPropertyDescriptor(proto, 'offsetHeight');
  const base = (descriptor: PropertyDescriptor | undefined, element: HTMLElement) =>
    (descriptor?.get?.call(element) as number | undefined) ?? 0;
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('shell-main') ? viewport : base(client, this);
    },
  });
  Object.defineProperty(proto, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.index !== undefined ? row : base(offset, this);
    },
  });
  return () => {
    if (client) Object.defineProperty(proto, 'clientHeight', client);
    if (offset) Object.defineProperty(proto, 'offsetHeight', offset);
  };
}
