// The bench's baseline: the smallest sensible three.js scene (a lit box on a plane), timed the
// same way as Hafan's scenes (JS ms from the start of a frame to the end of renderer.render).
import {
  BoxGeometry,
  Color,
  HemisphereLight,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  PlaneGeometry,
  Scene,
  WebGLRenderer,
} from 'three';

const renderer = new WebGLRenderer({ antialias: true });
renderer.setPixelRatio(1);
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new Scene();
scene.background = new Color('#88aacc');
scene.add(new HemisphereLight('#ffffff', '#444444', 2));
const box = new Mesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial({ color: '#e0a070' }));
box.position.set(0, 1.15, -3);
scene.add(box);
const ground = new Mesh(new PlaneGeometry(20, 20), new MeshStandardMaterial({ color: '#c8b89a' }));
ground.rotation.x = -Math.PI / 2;
scene.add(ground);
const camera = new PerspectiveCamera(70, window.innerWidth / window.innerHeight, 0.05, 2000);
camera.position.set(0, 1.15, 0);

const stats = {
  drawCalls: 0,
  triangles: 0,
  programs: 0,
  geometries: 0,
  textures: 0,
  textureBytes: 0,
  frameMs: [] as number[],
  frames: 0,
  reactCommits: 0,
  presenting: false,
  // The same per-frame work without drawing, as Hafan's StatsProbe offers for the allocation count.
  stepWithoutDrawing(frames: number): void {
    for (let i = 0; i < frames; i++) box.rotation.y += 0.01;
  },
};
// The same shape as Hafan's StatsProbe (window.__hafanStats), so the bench reads both alike.
(window as unknown as { __hafanStats: typeof stats }).__hafanStats = stats;

function frame(): void {
  const start = performance.now();
  box.rotation.y += 0.01;
  renderer.render(scene, camera);
  stats.frameMs.push(performance.now() - start);
  if (stats.frameMs.length > 600) stats.frameMs.shift();
  stats.drawCalls = renderer.info.render.calls;
  stats.triangles = renderer.info.render.triangles;
  stats.programs = renderer.info.programs?.length ?? 0;
  stats.geometries = renderer.info.memory.geometries;
  stats.textures = renderer.info.memory.textures;
  stats.frames++;
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
