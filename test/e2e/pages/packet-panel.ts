/** The Packet screen: Bates settings, build, and the result. */
import type { Page } from 'playwright-core';

export type ShownPacket = { path: string; pages: number; batesRange: string; sha256: string; entries: number };

export class PacketPanel {
  constructor(private readonly page: Page) {}

  async show(): Promise<void> {
    await this.page.getByTestId('nav-packet').click();
    await this.page.getByTestId('packet-screen').waitFor();
  }

  async build(prefix: string): Promise<ShownPacket> {
    await this.page.getByTestId('bates-prefix-input').fill(prefix);
    await this.page.getByTestId('build-packet-button').click();
    await this.page.getByTestId('packet-result').waitFor({ timeout: 60_000 });
    const text = async (id: string) => ((await this.page.getByTestId(id).textContent()) ?? '').trim();
    return {
      path: await text('packet-path'),
      pages: Number((await text('packet-pages')).replace(/\D/g, '')),
      batesRange: await text('packet-bates-range'),
      sha256: await text('packet-sha256'),
      entries: await this.page.getByTestId('packet-entry').count(),
    };
  }
}
