#!/usr/bin/env bash
# newsgraph's benchmarks. Run from the project root:
#   src/test/bench/bench.sh corpus [N...]   end to end: synthetic corpora of N articles (default 1000 10000 100000)
#   src/test/bench/bench.sh jmh [JMH options]   one article, warm (JMH), with Jena's parse as the baseline
# Both build the jar and the test classes first. Figures go to stdout as a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../../.."
what="${1:-corpus}"
shift || true
mvn -q -B -DskipTests package
cp=target/newsgraph.jar:target/test-classes
case "$what" in
  corpus)
    command -v /usr/bin/time >/dev/null || { echo "bench.sh: /usr/bin/time is needed (Debian: apt-get install time)" >&2; exit 1; }
    java -cp "$cp" org.newsgraph.bench.CorpusBench "$@"
    ;;
  jmh)
    mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
    java -cp "$cp:$(cat target/bench.classpath)" org.openjdk.jmh.Main org.newsgraph.bench.ExtractBenchmark "$@"
    ;;
  *)
    echo "bench.sh: unknown benchmark '$what' (valid: corpus, jmh)" >&2
    exit 1
    ;;
esac
