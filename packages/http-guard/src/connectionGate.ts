import type { Socket } from "node:net";
import { clientNetwork } from "./clientAddress";

/** Open connections, counted in all and by client network. */
export interface ConnectionGate {
  /** Called for each new socket: keeps it, makes room for it, or closes it. */
  admit(socket: Socket): void;
  readonly open: number;
}

/** Whether a socket is answering a request now; Node keeps the response it is writing there. */
const answering = (socket: Socket): boolean => (socket as { _httpMessage?: unknown })._httpMessage != null;

/**
 * Caps connections so that sockets which never send a request cannot take every file descriptor.
 * One client network may hold `perClient` (0: no such cap). At `max`, the oldest connection that is
 * not being answered (idle keep-alive, or still sending its headers) is closed to make room; when
 * every connection is busy, the newcomer is closed instead.
 */
export function createConnectionGate(max: number, perClient: number): ConnectionGate {
  // Insertion order is age: the first idle socket found is the oldest.
  const sockets = new Map<Socket, string>();
  const byClient = new Map<string, number>();
  const forget = (socket: Socket) => {
    const client = sockets.get(socket);
    if (client === undefined) return;
    sockets.delete(socket);
    const left = (byClient.get(client) ?? 1) - 1;
    if (left > 0) byClient.set(client, left);
    else byClient.delete(client);
  };
  return {
    admit(socket) {
      const client = clientNetwork(socket.remoteAddress ?? "unknown");
      if (perClient > 0 && (byClient.get(client) ?? 0) >= perClient) return void socket.destroy();
      if (sockets.size >= max) {
        let oldestIdle: Socket | undefined;
        for (const open of sockets.keys()) {
          if (!answering(open)) {
            oldestIdle = open;
            break;
          }
        }
        if (!oldestIdle) return void socket.destroy();
        forget(oldestIdle);
        oldestIdle.destroy();
      }
      sockets.set(socket, client);
      byClient.set(client, (byClient.get(client) ?? 0) + 1);
      socket.once("close", () => forget(socket));
    },
    get open() {
      return sockets.size;
    },
  };
}
