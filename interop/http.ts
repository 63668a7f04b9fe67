/** Small helpers the standards' REST interfaces share. */

export function json(body: unknown, status = 200, type = "application/json"): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" },
  });
}

export interface ParameterProblem {
  parameter: string;
  message: string;
}

/**
 * A request's query parameters, read against what an endpoint accepts: each problem is kept, so
 * the answer names every bad parameter at once.
 */
export class Parameters {
  readonly problems: ParameterProblem[] = [];
  private readonly params: URLSearchParams;

  constructor(url: URL, accepted: readonly string[]) {
    this.params = url.searchParams;
    for (const name of new Set(this.params.keys())) {
      if (!accepted.includes(name)) {
        this.problems.push({ parameter: name, message: "is not a parameter of this endpoint" });
      } else if (this.params.getAll(name).length > 1) {
        this.problems.push({ parameter: name, message: "may be given once" });
      }
    }
  }

  text(name: string, maxLength = 200): string | null {
    const value = this.params.get(name)?.trim();
    if (!value) return null;
    if (value.length > maxLength) {
      this.problems.push({ parameter: name, message: `must be at most ${maxLength} characters` });
      return null;
    }
    return value;
  }

  integer(name: string, min: number, max: number, fallback: number): number {
    const raw = this.params.get(name);
    if (raw === null) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      this.problems.push({
        parameter: name,
        message: `must be a whole number from ${min} to ${max}`,
      });
      return fallback;
    }
    return Number(raw);
  }

  boolean(name: string): boolean {
    const raw = this.params.get(name);
    if (raw === null) return false;
    if (raw !== "true" && raw !== "false") {
      this.problems.push({ parameter: name, message: "must be true or false" });
    }
    return raw === "true";
  }

  uuid(name: string): string | null {
    const raw = this.params.get(name);
    if (raw === null) return null;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw)) {
      this.problems.push({ parameter: name, message: "must be a UUID" });
      return null;
    }
    return raw.toLowerCase();
  }

  /** A parameter the standard defines that this API cannot honour: refused, never ignored. */
  unsupported(name: string, why: string): void {
    if (this.params.has(name)) this.problems.push({ parameter: name, message: why });
  }
}
