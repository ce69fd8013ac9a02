import type Sigma from 'sigma';

type RenderParams = { pickingFrameBuffer: WebGLFramebuffer | null };
interface Internals {
  nodeProgram?: { render(params: RenderParams, offset: number, count: number): void };
  edgeFramePass?: { run(...args: unknown[]): void };
}

/** The test sigma applies before hiding edges on move (Sigma.render). */
export function isMoving(renderer: Sigma<any, any, any>): boolean {
  const mouse = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimating() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/**
 * Two passes sigma runs every frame that nobody sees while the camera moves; on software WebGL
 * they are over half of a moving frame on a big graph:
 * - it draws every node a second time into the picking buffer that finds the node under the
 *   pointer, and nobody points at a node mid-move;
 * - it places both ends of every edge on its nodes' borders for the edge and edge-label
 *   programs, which draw nothing when edges hide on move and edge labels are off.
 * The frame that ends a move (sigma re-renders when a zoom, drag or inertia stops) is not moving
 * and runs both again. Sigma has no setting for this, hence the casts; if a sigma upgrade moves
 * these fields, nothing changes but speed.
 */
export function skipHiddenWorkWhileMoving(renderer: Sigma<any, any, any>): void {
  const { nodeProgram, edgeFramePass } = renderer as unknown as Internals;
  if (nodeProgram) {
    const render = nodeProgram.render.bind(nodeProgram);
    nodeProgram.render = (params, offset, count) =>
      render(isMoving(renderer) ? { ...params, pickingFrameBuffer: null } : params, offset, count);
  }
  if (edgeFramePass) {
    const run = edgeFramePass.run.bind(edgeFramePass);
    const edgesHidden = () => renderer.getSetting('hideEdgesOnMove') && !renderer.getSetting('renderEdgeLabels') && isMoving(renderer);
    edgeFramePass.run = (...args) => (edgesHidden() ? undefined : run(...args));
  }
}
