#!/usr/bin/env bash
# Builds the suite and runs it on the embedded default: a real Kafka broker and the MongoDB-wire server (infra),
# the five services and the gateway, each in its own JVM, all data under ./data, logs under ./logs.
# A process that dies is started again (with back-off, and a line saying so) while the others keep serving;
# Ctrl-C (or SIGTERM) stops everything cleanly.
#
#   ./run.sh              build, then start
#   ./run.sh --no-build   start what was built last
#   ./run.sh --demo       once ready, load the demo city through the gateway (safe to run again: nothing doubles)
#
# Environment: HAIAN_DATA_DIR (default ./data), HAIAN_LOG_DIR (default ./logs), HAIAN_JAVA_OPTS (JVM options),
# HAIAN_PORT_OFFSET (default 0: added to every port, for a second suite beside the first).
set -euo pipefail
cd "$(dirname "$0")"

build=true
demo=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --demo) demo=true ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -n 1)
data_dir=$(mkdir -p "${HAIAN_DATA_DIR:-data}" && cd "${HAIAN_DATA_DIR:-data}" && pwd)
log_dir=$(mkdir -p "${HAIAN_LOG_DIR:-logs}" && cd "${HAIAN_LOG_DIR:-logs}" && pwd)
java_opts=${HAIAN_JAVA_OPTS:-"-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}

offset=${HAIAN_PORT_OFFSET:-0}
[[ "$offset" =~ ^[0-9]+$ ]] && (( offset <= 30000 )) \
  || { echo "HAIAN_PORT_OFFSET must be a whole number from 0 to 30000, not '$offset'" >&2; exit 2; }
kafka_port=$((9092 + offset)) kafka_controller_port=$((9093 + offset)) mongo_port=$((27017 + offset))
issuer_port=$((9000 + offset)) gateway_port=$((8080 + offset))
declare -A service_port=([liaison-service]=$((8081 + offset)) [outreach-service]=$((8082 + offset))
  [contribution-service]=$((8083 + offset)) [analytics-service]=$((8084 + offset))
  [reminders-service]=$((8085 + offset)) [gateway]=$gateway_port)

# name:port of every part, in the order they are reported
parts=(infra-kafka:$kafka_port infra-mongo:$mongo_port infra-issuer:$issuer_port
       liaison-service:${service_port[liaison-service]} outreach-service:${service_port[outreach-service]}
       contribution-service:${service_port[contribution-service]} analytics-service:${service_port[analytics-service]}
       reminders-service:${service_port[reminders-service]} gateway:$gateway_port)

port_open() { (exec 3<>"/dev/tcp/localhost/$1") 2>/dev/null; }

healthy() {
  local reply
  reply=$( (exec 3<>"/dev/tcp/localhost/$1" && printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
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

# Each part runs under a supervisor (a background job of this script) that starts it again when it dies, so one crash
# leaves the others serving. The supervisors' PIDs are in pids; each writes its JVM's PID to $run_dir/<name>.pid.
run_dir=$(mktemp -d)
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
  for file in "$run_dir"/*.pid; do [[ -f "$file" ]] && kill -KILL "$(cat "$file")" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  rm -rf "$run_dir"
  echo "Stopped. Data stays in $data_dir; logs in $log_dir."
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

# Runs one part and starts it again whenever it exits, waiting 1 s, then twice as long after each quick death (at most
# 30 s; back to 1 s once it has run for a minute). A part that dies before the suite was first ready is not
# restarted: that is a configuration fault, reported by the start-up loop below. SIGTERM stops the part and then this.
supervise() { # name, jar, args...
  local name=$1 jar=$2 child='' delay=1 restarts=0 started code
  shift 2
  # Bash's own report of a killed job would only repeat the line below, less clearly: this job's stderr goes, and
  # its lines go to the script's stderr on fd 3 (the part's own output goes to its log).
  exec 3>&2 2>/dev/null
  trap '[[ -n $child ]] && kill -TERM "$child" 2>/dev/null; [[ -n $child ]] && wait "$child"; exit 0' TERM
  while true; do
    started=$SECONDS
    # shellcheck disable=SC2086
    # The local profile trusts infra's token issuer; nothing else does.
    SPRING_PROFILES_ACTIVE=local HAIAN_DATA_DIR="$data_dir" KAFKA_BOOTSTRAP_SERVERS="localhost:$kafka_port" \
      MONGODB_URI="mongodb://localhost:$mongo_port" HAIAN_JWT_ISSUER_URI="http://localhost:$issuer_port" \
      java $java_opts -jar "$jar" "$@" >>"$log_dir/$name.log" 2>&1 &
    child=$!
    echo "$child" >"$run_dir/$name.pid"
    code=0
    wait "$child" || code=$?
    child=''
    [[ -e "$run_dir/ready" ]] || exit "$code"
    (( SECONDS - started >= 60 )) && delay=1
    restarts=$((restarts + 1))
    echo "$(date '+%F %T') $name stopped (exit code $code); starting it again in ${delay}s (restart $restarts; see $log_dir/$name.log)" >&3
    sleep "$delay" &
    wait $! || true
    delay=$(( delay * 2 > 30 ? 30 : delay * 2 ))
  done
}

start() { # name, jar module, args...
  local name=$1 module=$2; shift 2
  local jar="$module/target/$module-$version-exec.jar"
  [[ -f "$jar" ]] || { echo "$jar is missing: run ./run.sh without --no-build" >&2; exit 1; }
  : >"$log_dir/$name.log"
  supervise "$name" "$jar" "$@" &
  pids+=($!)
}

echo "Starting infra, liaison, outreach, contribution, analytics, reminders and the gateway (data: $data_dir, logs: $log_dir) ..."
start infra infra "--data-dir=$data_dir" "--kafka-port=$kafka_port" "--kafka-controller-port=$kafka_controller_port" \
  "--mongo-port=$mongo_port" "--issuer-port=$issuer_port"
for service in liaison-service outreach-service contribution-service analytics-service; do
  start "$service" "$service" "--server.port=${service_port[$service]}"
done
# The digests' links lead to the dashboard at the gateway.
HAIAN_REMINDERS_BASE_URL="http://localhost:$gateway_port" \
  start reminders-service reminders-service "--server.port=${service_port[reminders-service]}"
LIAISON_URL="http://localhost:${service_port[liaison-service]}" OUTREACH_URL="http://localhost:${service_port[outreach-service]}" \
  CONTRIBUTION_URL="http://localhost:${service_port[contribution-service]}" \
  ANALYTICS_URL="http://localhost:${service_port[analytics-service]}" \
  REMINDERS_URL="http://localhost:${service_port[reminders-service]}" \
  start gateway gateway "--server.port=$gateway_port"

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

touch "$run_dir/ready"
gateway_url="http://localhost:$gateway_port"
echo "Hai'an 3+4+N is ready at $gateway_url (Ctrl-C stops it)"
echo "  sign in: curl -s -d 'username=city-admin&password=haian-local' $gateway_url/auth/token"
echo "  API documents: $gateway_url/swagger-ui.html"
echo "  reminders: GET $gateway_url/api/reminders (no SMTP server configured: the 07:30 digests are logged, not sent)"

if $demo; then
  demo_jar="demo/target/demo-$version-exec.jar"
  [[ -f "$demo_jar" ]] || { echo "$demo_jar is missing: run ./run.sh --demo without --no-build" >&2; exit 1; }
  echo "Loading the demo city through the gateway (a second run only finds what is there) ..."
  # A failed load leaves the suite running: what was loaded stays, and the load can be run again.
  java -jar "$demo_jar" --base-url="$gateway_url" || echo "The demo load stopped (see above); the suite keeps running." >&2
  echo "Hai'an 3+4+N is running at $gateway_url (Ctrl-C stops it)"
fi

# The supervisors only end when told to; one that has ended anyway cannot restart its part, so say so and stop.
while true; do
  for pid in "${pids[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "A supervisor of the suite ended unexpectedly; see $log_dir/. Stopping the rest." >&2
      exit 1
    fi
  done
  sleep 2 &
  wait $! || true
done
