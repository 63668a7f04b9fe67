/** Before any test: build the browser pages (web/dist) once, from the current sources. */
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync("npm", ["run", "build:web"], { stdio: "pipe" });
}
