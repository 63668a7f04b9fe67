/**
 * Development credentials, so a newcomer can try each role in Apollo Sandbox:
 *
 *   npm run credentials -- token --scopes internal,pathways:write [--subject you@example.nhs.uk] [--hours 8]
 *   npm run credentials -- api-key --client thurrock-ics --scopes partner-systems
 *   npm run credentials -- revoke --id a1b2c3d4
 *   npm run credentials -- list
 *
 * Tokens are signed with AUTH_JWT_SECRET (the development secret by default). API keys are added
 * to API_KEYS_FILE (default data/api-keys.json), where only their SHA-256 is kept: the key is
 * printed once. Revoking takes effect at the gateway at once.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type ApiKeyRecord, hashKey, issueToken, SCOPES } from "../gateway/auth.js";
import { authConfig } from "../gateway/config.js";

const [command, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? rest[at + 1] : undefined;
};

function scopes(): string[] {
  const list = (option("scopes") ?? "").split(",").filter(Boolean);
  const unknown = list.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (list.length === 0 || unknown.length > 0) {
    throw new Error(
      `--scopes takes a comma-separated list of: ${SCOPES.join(", ")}${unknown.length ? ` (not ${unknown.join(", ")})` : ""}`,
    );
  }
  return list;
}

const config = authConfig();
const file = config.apiKeysFile!;
const readKeys = (): ApiKeyRecord[] =>
  existsSync(file)
    ? ((JSON.parse(readFileSync(file, "utf8")) as { keys: ApiKeyRecord[] }).keys ?? [])
    : [];
const writeKeys = (keys: ApiKeyRecord[]) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ keys }, null, 2) + "\n", { mode: 0o600 });
};

try {
  if (command === "token") {
    const hours = Number(option("hours") ?? "8");
    const token = await issueToken(config, {
      subject: option("subject") ?? "developer@example.nhs.uk",
      scopes: scopes(),
      ...(option("client") ? { client: option("client")! } : {}),
      expiresIn: `${hours}h`,
    });
    console.log(`Authorization: Bearer ${token}`);
  } else if (command === "api-key") {
    const client = option("client");
    if (!client) throw new Error("--client names the machine client, e.g. thurrock-ics");
    const id = randomBytes(4).toString("hex");
    const key = `pwk_${id}_${randomBytes(24).toString("base64url")}`;
    const record: ApiKeyRecord = {
      id,
      client,
      scopes: scopes(),
      sha256: hashKey(key),
      revoked: false,
      createdAt: new Date().toISOString(),
    };
    writeKeys([...readKeys(), record]);
    console.log(`X-Api-Key: ${key}\n(id ${id}; shown once: only its hash is kept in ${file})`);
  } else if (command === "revoke") {
    const id = option("id");
    const keys = readKeys();
    const found = keys.find((k) => k.id === id);
    if (!found) throw new Error(`no API key with id ${id} in ${file}`);
    found.revoked = true;
    writeKeys(keys);
    console.log(`Revoked ${id} (${found.client}).`);
  } else if (command === "list") {
    for (const k of readKeys())
      console.log(
        `${k.id}  ${k.client.padEnd(24)} ${k.scopes.join(",").padEnd(30)} ${k.revoked ? "REVOKED" : "active"}`,
      );
  } else {
    throw new Error(
      "usage: npm run credentials -- token|api-key|revoke|list [options] (see scripts/credentials.ts)",
    );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
