import { StandInServer } from './stand-in-server.ts';
import type {
  StandInMode,
  StandInProtocol,
  StandInRequest,
  StandInServerOptions,
} from './stand-in-server.ts';

/**
 * What every provider stand-in offers a test, whatever the protocol: the request log, the failure
 * mode and latency switches, and close. Each stand-in adds its accounts and the URL its tester
 * needs, and a static `start` that ends with `listen()`.
 */
export abstract class StandIn<Protocol extends StandInProtocol> {
  protected readonly protocol: Protocol;
  protected readonly server: StandInServer;

  protected constructor(protocol: Protocol, options: StandInServerOptions) {
    this.protocol = protocol;
    this.server = new StandInServer(protocol, options);
  }

  /** Starts listening on a free port of 127.0.0.1; for the subclasses' `start`. */
  protected async listen(): Promise<this> {
    await this.server.start();
    return this;
  }

  /** Every request received, oldest first. */
  get requests(): StandInRequest[] {
    return this.server.requests;
  }

  setMode(mode: StandInMode): Promise<void> {
    return this.server.setMode(mode);
  }

  set latencyMs(value: number) {
    this.server.latencyMs = value;
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
