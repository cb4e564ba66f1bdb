import { playerOf } from '../../game/engine';
import type { GameState } from '../../game/types';
import type { Happened } from '../../store/game-events';
import type { RestoredPlayer } from '../../store/live-games';

/**
 * Who may come back to a room: each player's token (hashed), to re-bind a
 * returning phone, and the device each joined from (hashed), so the devices of
 * kicked players stay out.
 */
export class Members {
  /** token hash -> player id */
  private readonly tokens: Map<string, string>;
  private readonly devices = new Map<string, string>();
  private readonly kickedDevices = new Set<string>();

  /** `restored`: a restored game's players */
  constructor(state: GameState, restored: RestoredPlayer[]) {
    this.tokens = new Map(restored.map((p) => [p.tokenHash, p.id]));
    for (const { id, deviceHash } of restored) if (deviceHash) this.joinedFrom(state, id, deviceHash);
  }

  playerIdForToken(tokenHash: string): string | undefined {
    return this.tokens.get(tokenHash);
  }

  /** Whether a player kicked from this game joined from this device (hashed). */
  deviceKicked(deviceHash: string): boolean {
    return this.kickedDevices.has(deviceHash);
  }

  /** Takes in the joins and kicks of a stored batch; `state` is the state after it. */
  stored(happened: Happened[], state: GameState): void {
    for (const { event, tokenHash, deviceHash } of happened) {
      if (event.type === 'playerJoined') {
        this.tokens.set(tokenHash!, event.player.id);
        if (deviceHash) this.joinedFrom(state, event.player.id, deviceHash);
      }
      const kickedDevice = event.type === 'playerKicked' ? this.devices.get(event.playerId) : undefined;
      if (kickedDevice) this.kickedDevices.add(kickedDevice);
    }
  }

  private joinedFrom(state: GameState, playerId: string, deviceHash: string): void {
    this.devices.set(playerId, deviceHash);
    if (playerOf(state, playerId)?.kicked) this.kickedDevices.add(deviceHash);
  }
}
