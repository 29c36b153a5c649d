// Ink's devtools polyfill imports ws; devtools run only with DEV=true, which the bundle never serves.
export default class WebSocket {
  constructor() {
    throw new Error("Ink devtools are not part of the dossier bundle.");
  }
}
