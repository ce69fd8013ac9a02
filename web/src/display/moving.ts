import type Sigma from 'sigma';

type RenderParams = { pickingFrameBuffer: WebGLFramebuffer | null };
interface Internals {
  nodeProgram?: { render(params: RenderParams, offset: number, count: number): void };
  edgeProgram?: { render(params: RenderParams, offset: number, count: number): void };
  edgeFramePass?: { run(...args: unknown[]): void };
}

/** Edges come back this long after the camera stops, so a burst of wheel zooms draws them once. */
export const SETTLE_MS = 300;

/** The test sigma applies before hiding edges on move (Sigma.render). */
export function isMoving(renderer: Sigma<any, any, any>): boolean {
  const mouse = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimating() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/**
 * Work sigma does every frame that nobody sees while the camera moves over a big graph (one
 * where edges hide on move); on software WebGL it is most of a frame:
 * - it draws every node a second time into the picking buffer that finds the node under the
 *   pointer, and nobody points at a node mid-move (a click mid-move hits the stage);
 * - it still places both ends of every edge on its nodes' borders for the edge and edge-label
 *   programs, which draw nothing then (edge labels are off);
 * - it draws every edge again the very frame a move stops, even when the next move (the next
 *   wheel step, the second half of a zoom) starts right after. Edges wait for SETTLE_MS of
 *   stillness instead.
 * Sigma has no setting for any of this, hence the casts; if a sigma upgrade moves these fields,
 * nothing changes but speed.
 */
export function skipHiddenWorkWhileMoving(renderer: Sigma<any, any, any>): void {
  const { nodeProgram, edgeProgram, edgeFramePass } = renderer as unknown as Internals;
  let moving = false;
  let lastMove = -Infinity;
  let hideEdges = false;
  let wake: ReturnType<typeof setTimeout> | undefined;
  renderer.on('beforeRender', () => {
    // Only where edges hide on move, the big graphs: elsewhere a frame is cheap, and a click
    // during the camera's glide to a selection should still find its node.
    const big = renderer.getSetting('hideEdgesOnMove') && !renderer.getSetting('renderEdgeLabels');
    const now = performance.now();
    moving = big && isMoving(renderer);
    if (moving) lastMove = now;
    hideEdges = big && now - lastMove < SETTLE_MS;
    // Sigma draws no still frame after a move that ends without a zoom: draw one ourselves once
    // settled, with edges and picking. A wake that finds the camera still moving re-arms.
    if (hideEdges && wake === undefined) {
      wake = setTimeout(() => {
        wake = undefined;
        renderer.scheduleRender();
      }, SETTLE_MS - (now - lastMove));
    }
  });
  if (nodeProgram) {
    const render = nodeProgram.render.bind(nodeProgram);
    nodeProgram.render = (params, offset, count) => render(moving ? { ...params, pickingFrameBuffer: null } : params, offset, count);
  }
  if (edgeProgram) {
    const render = edgeProgram.render.bind(edgeProgram);
    edgeProgram.render = (params, offset, count) => (hideEdges ? undefined : render(params, offset, count));
  }
  if (edgeFramePass) {
    const run = edgeFramePass.run.bind(edgeFramePass);
    edgeFramePass.run = (...args) => (hideEdges ? undefined : run(...args));
  }
}
