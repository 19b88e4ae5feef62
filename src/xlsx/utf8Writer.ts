/**
 * Writes a large part's text as UTF-8 straight into a zip entry (EntryWriter): each piece is
 * encoded into one reused buffer that is handed on whenever it is full, so a sheet of a
 * hundred thousand cells never exists as one string or as one encoded copy — building,
 * joining and encoding such strings was what made writing big summaries slow.
 *
 * The engine's encoder does the encoding: it reads any kind of string (flat, concatenated,
 * sliced; Latin-1 or not) at full speed, which a loop over charCodeAt does not.
 */

/** Where the bytes go (an EntryWriter); it must copy or use a piece before `write` returns. */
export interface ByteSink {
  write(bytes: Uint8Array): void;
}

const SIZE = 1 << 16;
/** Below this much room the buffer is handed on before encoding more (a character takes at most 4 bytes). */
const MIN_ROOM = 64;
const encoder = new TextEncoder();

export class Utf8Writer {
  private readonly buf = new Uint8Array(SIZE);
  private pos = 0;

  constructor(private readonly sink: ByteSink) {}

  /** Appends text (already XML: markup and escaped content); a lone surrogate becomes U+FFFD, as TextEncoder makes it. */
  write(s: string): void {
    let rest = s;
    for (;;) {
      if (SIZE - this.pos < MIN_ROOM) this.flush();
      // the encoder stops where the buffer is full, never inside a character
      const { read, written } = encoder.encodeInto(rest, this.buf.subarray(this.pos));
      this.pos += written;
      if (read >= rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  /** Hands on everything written. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.pos === 0) return;
    this.sink.write(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }
}
