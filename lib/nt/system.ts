// A user's Windows NT system, and the checks that make it a possible one.
import type { Platform } from "../kb/types";
import { editionLabel, findEdition, isEditionId, type EditionId } from "./editions";
import { editionFromName, releaseFromVersion } from "./names";
import { findPlatform, parsePlatform } from "./platforms";
import { findRelease, KNOWN_BUILDS, releaseLabel, releasesForBuild, type ReleaseId } from "./releases";
import { describeServicePackLine, findServicePack, normalizeServicePackId, servicePackLine } from "./service-packs";

export interface System {
  release: ReleaseId;
  build: number;
  /** "SP6a"; null = no service pack (the release as shipped). */
  servicePack: string | null;
  edition: EditionId | null;
  platform: Platform | null;
}

/** What a form, a query string or a parser hands over; every field as the user wrote it. */
export interface SystemInput {
  release?: string | null;
  build?: number | string | null;
  servicePack?: string | null;
  edition?: string | null;
  platform?: string | null;
}

export type SystemField = "input" | "release" | "build" | "servicePack" | "edition" | "platform";

export type SystemResult = { ok: true; system: System } | { ok: false; field: SystemField; message: string };

const fail = (field: SystemField, message: string): SystemResult => ({ ok: false, field, message });
const blank = (v: unknown): boolean => v === undefined || v === null || String(v).trim() === "";

/** Check a structured system and fill in what follows from it (release from build, build from SP). */
export function validateSystem(input: SystemInput): SystemResult {
  let release: ReleaseId | null = null;
  if (!blank(input.release)) {
    release = releaseFromVersion(String(input.release));
    if (!release) {
      return fail("release", `Unknown release "${input.release}": expected 3.1, 3.5, 3.51, 4.0 or 2000.`);
    }
  }

  let build: number | null = null;
  if (!blank(input.build)) {
    build = Number(String(input.build).trim());
    if (!Number.isInteger(build) || !KNOWN_BUILDS.includes(build)) {
      return fail(
        "build",
        `Build ${input.build} is not a Windows NT build; known builds are ${KNOWN_BUILDS.join(", ")}.`,
      );
    }
    const fromBuild = releasesForBuild(build)[0].id;
    if (release && release !== fromBuild) {
      return fail("build", `Build ${build} is ${releaseLabel(fromBuild)}, not ${releaseLabel(release)}.`);
    }
    release = fromBuild;
  }
  if (!release) return fail("release", "Give a release (3.1, 3.5, 3.51, 4.0, 2000) or a build number.");

  let edition: EditionId | null = null;
  if (!blank(input.edition)) {
    const text = String(input.edition);
    edition = isEditionId(text) ? text : editionFromName(text, release);
    if (!edition) return fail("edition", `Unknown edition "${text}".`);
    if (!findEdition(edition)!.releases.includes(release)) {
      return fail("edition", `${editionLabel(findEdition(edition)!)} does not exist for ${releaseLabel(release)}.`);
    }
  }

  let servicePack: string | null = null;
  if (!blank(input.servicePack) && !/^(none|gold|rtm|sp0|0)$/i.test(String(input.servicePack).trim())) {
    const text = String(input.servicePack).trim();
    const id = normalizeServicePackId(text);
    if (!id) return fail("servicePack", `"${text}" is not a service pack name (e.g. SP5, SP6a).`);
    const pack = findServicePack(release, id, edition);
    if (!pack) {
      const line = servicePackLine(release, edition);
      const product = edition === "terminal-server" ? "Terminal Server Edition" : releaseLabel(release);
      return fail("servicePack", `${product} has no ${id}; its service packs are ${describeServicePackLine(line)}.`);
    }
    servicePack = pack.id;
  }

  const expectedBuild = servicePack
    ? findServicePack(release, servicePack, edition)!.build
    : findRelease(release)!.build;
  if (build !== null && build !== expectedBuild) {
    return servicePack
      ? fail("build", `${releaseLabel(release)} ${servicePack} reports build ${expectedBuild}, not ${build}.`)
      : fail(
          "servicePack",
          `Build ${build} of ${releaseLabel(release)} means a service pack is installed; say which one.`,
        );
  }

  let platform: Platform | null = null;
  if (!blank(input.platform)) {
    const text = String(input.platform);
    platform = parsePlatform(text);
    if (!platform) return fail("platform", `Unknown platform "${text}": expected x86, Alpha, MIPS or PowerPC.`);
    const info = findPlatform(platform)!;
    if (!info.releases.includes(release)) {
      return fail("platform", `${releaseLabel(release)} was not shipped for ${info.label}.`);
    }
  }

  return { ok: true, system: { release, build: expectedBuild, servicePack, edition, platform } };
}
