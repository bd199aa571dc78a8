// Small SVG charts drawn by hand: a bar chart and a line chart over time buckets, with axes, a legend and a
// text alternative (each chart is role="img" with a label that states its range of values).
const NS = 'http://www.w3.org/2000/svg';
const W = 560, H = 220, PAD = { left: 52, right: 12, top: 12, bottom: 36 };

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// the top of the y axis: four equal steps of a round size (whole numbers for counts)
function niceMax(value, whole) {
  const quarter = value > 0 ? value / 4 : 0.25;
  const power = 10 ** Math.floor(Math.log10(quarter));
  let step = [1, 2, 2.5, 5, 10].map(m => m * power).find(m => m >= quarter);
  if (whole) step = Math.max(1, Math.ceil(step));
  return step * 4;
}

/**
 * @param {string} title
 * @param {string[]} labels x-axis labels, one per bucket
 * @param {{name: string, values: (number|null)[], color: string}[]} series
 * @param {{kind?: 'bar'|'line', format?: (n: number) => string, max?: number, whole?: boolean}} options
 */
export function chart(title, labels, series, options = {}) {
  const kind = options.kind || 'line';
  const format = options.format || (n => n.toLocaleString('en', { maximumFractionDigits: 1 }));
  const all = series.flatMap(s => s.values).filter(v => v !== null && v !== undefined);
  const max = options.max ?? niceMax(Math.max(0, ...all), options.whole);
  const plotW = W - PAD.left - PAD.right, plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, labels.length);
  const x = i => PAD.left + step * i + step / 2;
  const y = v => PAD.top + plotH - (v / max) * plotH;

  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const summary = all.length ? `${title}: from ${format(Math.min(...all))} to ${format(Math.max(...all))}` : `${title}: no data`;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary });

  for (let i = 0; i <= 4; i++) { // grid and y axis
    const v = (max / 4) * i;
    svg.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(el('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, format(v)));
  }
  const every = Math.ceil(labels.length / 8);
  labels.forEach((label, i) => {
    if (i % every === 0) svg.append(el('text', { x: x(i), y: H - PAD.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, label));
  });

  series.forEach((s, k) => {
    if (kind === 'bar') {
      const bw = Math.max(1, (step * 0.8) / series.length);
      s.values.forEach((v, i) => {
        if (!v) return;
        const bar = el('rect', { x: x(i) - step * 0.4 + k * bw, y: y(v), width: bw, height: y(0) - y(v), fill: s.color });
        bar.append(el('title', {}, `${labels[i]} ${s.name}: ${format(v)}`));
        svg.append(bar);
      });
    } else {
      let d = '';
      s.values.forEach((v, i) => {
        if (v === null || v === undefined) return;
        d += `${d && s.values[i - 1] !== null && s.values[i - 1] !== undefined ? 'L' : 'M'}${x(i)},${y(v)} `;
        const dot = el('circle', { cx: x(i), cy: y(v), r: 3, fill: s.color });
        dot.append(el('title', {}, `${labels[i]} ${s.name}: ${format(v)}`));
        svg.append(dot);
      });
      svg.append(el('path', { d, fill: 'none', stroke: s.color, 'stroke-width': 2 }));
    }
  });

  const legend = document.createElement('ul');
  legend.className = 'legend';
  for (const s of series) {
    const item = document.createElement('li');
    item.innerHTML = `<span class="swatch" style="background:${s.color}"></span>`;
    item.append(s.name);
    legend.append(item);
  }
  figure.append(caption, svg, legend);
  return figure;
}
