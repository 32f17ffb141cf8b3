#!/usr/bin/env bash
# Builds the suite and runs it on the embedded default: a real Kafka broker and the MongoDB-wire server (infra),
# the five services and the gateway, each in its own JVM, all data under ./data, logs under ./logs.
# Ctrl-C stops everything cleanly.
#
#   ./run.sh              build, then start
#   ./run.sh --no-build   start what was built last
#   ./run.sh --demo       once ready, load the demo city through the gateway (safe to run again: nothing doubles)
#
# Environment: HAIAN_DATA_DIR (default ./data), HAIAN_LOG_DIR (default ./logs), HAIAN_JAVA_OPTS (JVM options).
set -euo pipefail
cd "$(dirname "$0")"

build=true
demo=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --demo) demo=true ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -n 1)
data_dir=$(mkdir -p "${HAIAN_DATA_DIR:-data}" && cd "${HAIAN_DATA_DIR:-data}" && pwd)
log_dir=$(mkdir -p "${HAIAN_LOG_DIR:-logs}" && cd "${HAIAN_LOG_DIR:-logs}" && pwd)
java_opts=${HAIAN_JAVA_OPTS:-"-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}

# name:port of every part, in the order they are reported
parts=(infra-kafka:9092 infra-mongo:27017 infra-issuer:9000 liaison-service:8081 outreach-service:8082
       contribution-service:8083 analytics-service:8084 reminders-service:8085 gateway:8080)

port_open() { (exec 3<>"/dev/tcp/localhost/$1") 2>/dev/null; }

healthy() {
  local reply
  reply=$( (exec 3<>"/dev/tcp/localhost/$1" && printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
            && timeout 2 cat <&3) 2>/dev/null) || return 1
  [[ "$reply" == *'"status":"UP"'* ]]
}

for part in "${parts[@]}"; do
  if port_open "${part#*:}"; then
    echo "Port ${part#*:} (${part%%:*}) is in use: is the suite running already? Stop that first." >&2
    exit 1
  fi
done

if $build; then
  echo "Building (mvn package, tests skipped; run them with: mvn verify) ..."
  mvn -B -q -DskipTests package
fi

pids=()
stopping=false
stop_all() {
  $stopping && return
  stopping=true
  echo
  echo "Stopping the suite ..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 60); do
    alive=false
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  echo "Stopped. Data stays in $data_dir; logs in $log_dir."
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

start() { # name, jar module, args...
  local name=$1 module=$2; shift 2
  local jar="$module/target/$module-$version-exec.jar"
  [[ -f "$jar" ]] || { echo "$jar is missing: run ./run.sh without --no-build" >&2; exit 1; }
  # shellcheck disable=SC2086
  # The local profile trusts infra's token issuer; nothing else does.
  SPRING_PROFILES_ACTIVE=local HAIAN_DATA_DIR="$data_dir" java $java_opts -jar "$jar" "$@" >"$log_dir/$name.log" 2>&1 &
  pids+=($!)
}

echo "Starting infra, liaison, outreach, contribution, analytics, reminders and the gateway (data: $data_dir, logs: $log_dir) ..."
start infra infra "--data-dir=$data_dir"
for service in liaison-service outreach-service contribution-service analytics-service reminders-service gateway; do
  start "$service" "$service"
done

deadline=$((SECONDS + 240))
for part in "${parts[@]}"; do
  name=${part%%:*} port=${part#*:}
  until { [[ $name == infra-* ]] && port_open "$port"; } || healthy "$port"; do
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "A process of the suite exited during start-up; see $log_dir/" >&2; exit 1; }
    done
    (( SECONDS < deadline )) || { echo "$name did not become ready on port $port within 4 minutes; see $log_dir/" >&2; exit 1; }
    sleep 1
  done
done

echo "Hai'an 3+4+N is ready at http://localhost:8080 (Ctrl-C stops it)"
echo "  sign in: curl -s -d 'username=city-admin&password=haian-local' http://localhost:8080/auth/token"
echo "  API documents: http://localhost:8080/swagger-ui.html"
echo "  reminders: GET http://localhost:8080/api/reminders (no SMTP server configured: the 07:30 digests are logged, not sent)"

if $demo; then
  demo_jar="demo/target/demo-$version-exec.jar"
  [[ -f "$demo_jar" ]] || { echo "$demo_jar is missing: run ./run.sh --demo without --no-build" >&2; exit 1; }
  echo "Loading the demo city through the gateway (a second run only finds what is there) ..."
  # A failed load leaves the suite running: what was loaded stays, and the load can be run again.
  java -jar "$demo_jar" --base-url=http://localhost:8080 || echo "The demo load stopped (see above); the suite keeps running." >&2
  echo "Hai'an 3+4+N is running at http://localhost:8080 (Ctrl-C stops it)"
fi

while true; do
  for pid in "${pids[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "A process of the suite stopped unexpectedly; see $log_dir/. Stopping the rest." >&2
      exit 1
    fi
  done
  sleep 2
done
