// The fault suites (tests/faults) hurt the shared Neo4j on purpose — a runaway value can keep its JVM busy
// for a while after the answer — so they run after every other file, whatever vitest's cache would pick.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const isFault = (spec: TestSpecification) => /[\\/]tests[\\/]faults[\\/]/.test(spec.moduleId);

export default class FaultsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => !isFault(f)), ...sorted.filter(isFault)];
  }
}
