import type Sigma from 'sigma';

type RenderParams = { pickingFrameBuffer: WebGLFramebuffer | null };
interface NodeProgramInternals { nodeProgram?: { render(params: RenderParams, offset: number, count: number): void } }

/** The test sigma applies before hiding edges on move (Sigma.render). */
export function isMoving(renderer: Sigma<any, any, any>): boolean {
  const mouse = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimating() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/**
 * Sigma draws every node twice a frame, once more into the picking buffer that finds the node
 * under the pointer. While the camera moves nobody points at a node, and on software WebGL the
 * second pass is half of a frame's cost on a big graph. The frame that ends a move (sigma
 * re-renders when a zoom, drag or inertia stops) is not moving and fills the buffer again.
 * Sigma has no setting for this, hence the cast; if a sigma upgrade moves the program, nothing
 * changes but speed.
 */
export function skipNodePickingWhileMoving(renderer: Sigma<any, any, any>): void {
  const program = (renderer as unknown as NodeProgramInternals).nodeProgram;
  if (!program) return;
  const render = program.render.bind(program);
  program.render = (params, offset, count) =>
    render(isMoving(renderer) ? { ...params, pickingFrameBuffer: null } : params, offset, count);
}
