import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

/**
 * PNG of what is on screen. Sigma draws nodes, edges and labels on one WebGL canvas whose buffer
 * is cleared after compositing, so the copy is taken inside 'afterRender' of a fresh render.
 */
export function snapshot<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>, background = '#ffffff'): Promise<Blob> {
  return new Promise((resolve, reject) => {
    renderer.once('afterRender', () => {
      const stage = renderer.getStageCanvas();
      const out = document.createElement('canvas');
      out.width = stage.width;
      out.height = stage.height;
      const ctx = out.getContext('2d');
      if (!ctx) return reject(new Error('export: the browser gave no 2D canvas context for the PNG'));
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(stage, 0, 0);
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('export: the canvas could not be encoded as PNG'))), 'image/png');
    });
    renderer.refresh();
  });
}
