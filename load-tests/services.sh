# Functions of load-tests/run (sourced, not run): the load's own databases on the machine's PostgreSQL,
# starting the services on loopback ports and waiting for them, and each service's figures.
# Reads: JAVA_HOME, work, run_id, PG_HOST, PG_PORT, PG_USER, TOKEN, EXCHANGE, QUEUE, SANDBOX_PORT, and, set by
# the chaos run: JARS (the tree whose jars run, "." unless a broken variant was built elsewhere), MAIL_PORT (a mail
# server of the run's own, instead of each notification-service's embedded one), SANDBOX_ARGS, ENROLLMENT_ARGS.
JARS=${JARS:-.}
[[ -v SANDBOX_ARGS ]] || SANDBOX_ARGS=()
# the load's reconciliation: every 5 s
[[ -v ENROLLMENT_ARGS ]] || ENROLLMENT_ARGS=(--roster.purchase.reconciliation-interval=5s)

ENROLLMENT_DB=roster_load_${run_id}
NOTIFICATION_DB=roster_load_${run_id}_notification
PGBENCH_DB=roster_load_${run_id}_pgbench
pids=()     # every process started, for the trap
names=()    # "name pid log" of every service, for the figures

jdbc_url() { echo "jdbc:postgresql://$PG_HOST:$PG_PORT/$1?user=$PG_USER${PGPASSWORD:+&password=$PGPASSWORD}"; }
pg() { "$@" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER"; }

create_databases() {
  for db in "$ENROLLMENT_DB" "$NOTIFICATION_DB"; do pg createdb "$db"; done
  echo "load: databases $ENROLLMENT_DB and $NOTIFICATION_DB on $PG_HOST:$PG_PORT (user $PG_USER)"
}

drop_databases() {
  for db in "$ENROLLMENT_DB" "$NOTIFICATION_DB" "$PGBENCH_DB"; do
    pg dropdb --if-exists --force "$db" 2> /dev/null || echo "load: could not drop database $db" >&2
  done
}

# The per-run datasource: the services then skip their embedded PostgreSQL (service-defaults,
# EmbeddedDatabaseAutoConfiguration steps aside when spring.datasource.url is set).
datasource_args() {
  echo "--spring.datasource.url=jdbc:postgresql://$PG_HOST:$PG_PORT/$1 --spring.datasource.username=$PG_USER"
}

# start NAME LOG ARGS...: a JVM with the heap every service gets here, remembered for the trap and figures
# (and in NAME.pid, for a service the chaos run starts again from another shell); with --profile, a Flight
# Recording of it too (dumped by dump_profiles)
start() {
  local name=$1 log=$2 recording=()
  shift 2
  ${profile:-false} && recording=(-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=name=load,settings=profile)
  "$JAVA_HOME/bin/java" -Xmx256m "${recording[@]}" "$@" >> "$log" 2>&1 &
  pids+=($!)
  names+=("$name $! $log")
  echo $! > "$work/$name.pid"
}

# wait_ready NAME URL: at most 180 s; fails early when the service's process has ended
wait_ready() {
  local name=$1 url=$2 pid=${pids[-1]}
  for _ in $(seq 180); do
    if curl -sf -o /dev/null "$url"; then return 0; fi
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "load: $name ended before it was ready; its log:" >&2
      tail -n 40 "$work/$name.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "load: $name not ready at $url after 180 s" >&2
  return 1
}

start_sandbox() {
  start payment-sandbox "$work/payment-sandbox.log" -jar "$JARS/payment-sandbox/target/payment-sandbox-exec.jar" \
    --server.port=$SANDBOX_PORT "${SANDBOX_ARGS[@]}"
  wait_ready payment-sandbox "http://127.0.0.1:$SANDBOX_PORT/actuator/health"
}

# start_enrollment I: instance I (0-based); only the first creates the administrator (two instances
# bootstrapping the same account at once would race on its unique email; the setup logs in on the first)
start_enrollment() {
  local i=$1 port=$((18080 + 2 * $1)) admin=()
  [[ $i -eq 0 ]] && admin=(--roster.admin.email=load-admin@roster.local --roster.admin.password=Load-Admin-2026)
  # the production jar: the database comes by URL, so the embedded one of the local jar is not needed
  start enrollment-$i "$work/enrollment-$i.log" -jar "$JARS/enrollment-service/target/enrollment-service-exec.jar" \
    --server.port=$port --management.server.port=$((19080 + 2 * i)) \
    $(datasource_args "$ENROLLMENT_DB") \
    --roster.payment.base-url=http://127.0.0.1:$SANDBOX_PORT "${admin[@]}" \
    --roster.service-token=$TOKEN --roster.outbox.exchange=$EXCHANGE \
    --logging.level.root=WARN --logging.level.dev.roster=WARN \
    --logging.level.dev.roster.enrollment.RosterEnrollmentApplication=INFO "${ENROLLMENT_ARGS[@]}"
  wait_ready enrollment-$i "http://127.0.0.1:$port/readyz"
}

# start_notification I: the local jar for its embedded SMTP server (GreenMail), one port per instance, or with
# MAIL_PORT set the production jar sending to that server; every instance consumes the same queue (competing
# consumers) and records into the same database
start_notification() {
  local i=$1 port=$((18081 + 2 * $1)) mail
  if [[ -n ${MAIL_PORT:-} ]]; then
    mail=(-jar "$JARS/notification-service/target/notification-service-exec.jar" --spring.mail.host=127.0.0.1
      --spring.mail.port="$MAIL_PORT")
  else
    mail=(-jar "$JARS/notification-service/target/notification-service-local.jar" --spring.profiles.active=local)
  fi
  start notification-$i "$work/notification-$i.log" "${mail[@]}" --server.port=$port \
    $(datasource_args "$NOTIFICATION_DB") \
    --roster.notification.enrollment-service-url=http://127.0.0.1:$((18080 + 2 * i)) \
    --roster.notification.service-token=$TOKEN \
    --roster.notification.embedded-smtp-port=$((13025 + i)) \
    --roster.notification.messaging.exchange=$EXCHANGE --roster.notification.messaging.queue=$QUEUE \
    --roster.notification.messaging.dead-letter-exchange=$EXCHANGE.dlx \
    --roster.notification.messaging.dead-letter-queue=$QUEUE.dlq --roster.notification.messaging.retry-queue=$QUEUE.retry \
    --logging.level.root=WARN --logging.level.dev.roster=WARN \
    --logging.level.dev.roster.notification.NotificationServiceApplication=INFO
  wait_ready notification-$i "http://127.0.0.1:$port/actuator/health/readiness"
}

# Per service: start-up (its own "Started ... in X seconds" line), RSS now, and the heap in use right
# after a full collection (jcmd of the same JDK), i.e. what the service really holds, not its garbage.
print_figures() {
  local name pid log started rss heap
  printf 'load: %-16s %10s %9s %15s\n' service start-up RSS heap-after-GC
  for entry in "${names[@]}"; do
    read -r name pid log <<< "$entry"
    started=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$log" | grep -oE '[0-9.]+' | head -n 1)
    rss=$(awk '/^VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status" 2> /dev/null)
    heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.run > /dev/null 2>&1 \
      && "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2> /dev/null | grep -oE 'used [0-9]+K' | head -n 1 \
      | awk '{ printf "%d MB", $2 / 1024 }')
    printf 'load: %-16s %10s %9s %15s\n' "$name" "${started:-?} s" "${rss:-gone}" "${heap:-?}"
  done
}

# CPU time (clock ticks, /proc) of every service, of PostgreSQL and RabbitMQ, and of the whole machine: two
# snapshots around the load give each one's share of it; what no process listed took is the load generator's
# (Gatling, with Maven around it) and everything else the machine ran meanwhile.
cpu_snapshot() {
  local entry name pid log
  for entry in "${names[@]}"; do
    read -r name pid log <<< "$entry"
    printf '%s %s\n' "$name" "$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2> /dev/null || echo 0)"
  done
  printf 'postgresql %s\n' "$(ticks_of postgres)"
  printf 'rabbitmq %s\n' "$(ticks_of beam.smp)"
  printf 'machine %s\n' "$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat)"
}
ticks_of() { local t=0 p; for p in $(pgrep -x "$1"); do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2> /dev/null || echo 0))); done; echo $t; }

# print_cpu BEFORE AFTER PURCHASES: each one's CPU seconds during the load, share of the machine's, and
# milliseconds per confirmed purchase
print_cpu() {
  awk -v n="$3" -v hz="$(getconf CLK_TCK)" 'NR == FNR { before[$1] = $2; next }
    { used[$1] = $2 - before[$1]; order[++k] = $1 }
    END {
      machine = used["machine"]; rest = machine
      printf "load: %-16s %9s %7s %18s\n", "CPU during load", "seconds", "share", "ms per purchase"
      for (i = 1; i <= k; i++) { name = order[i]; if (name == "machine") continue; rest -= used[name]
        printf "load: %-16s %9.1f %6.1f%% %18.1f\n", name, used[name] / hz, 100 * used[name] / machine, n ? 1000 * used[name] / hz / n : 0 }
      printf "load: %-16s %9.1f %6.1f%% %18.1f\n", "gatling+other", rest / hz, 100 * rest / machine, n ? 1000 * rest / hz / n : 0
      printf "load: %-16s %9.1f %6.1f%% %18.1f\n", "machine", machine / hz, 100, n ? 1000 * machine / hz / n : 0
    }' "$1" "$2"
}

# dump_profiles: the Flight Recordings of the first enrollment- and notification-service, each summed up by
# phase (load-tests ProfileSummary) and drawn as a flame graph (async-profiler's converter, an HTML page)
dump_profiles() {
  local name pid
  ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:jfr-converter:$JFR_CONVERTER_VERSION \
    -DoutputDirectory="$work" > /dev/null
  for name in enrollment-0 notification-0; do
    pid=$(printf '%s\n' "${names[@]}" | awk -v n="$name" '$1 == n { print $2 }')
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.dump name=load filename="$work/$name.jfr" > /dev/null
    "$JAVA_HOME/bin/java" -cp load-tests/target/test-classes dev.roster.load.ProfileSummary "$work/$name.jfr"
    # the CPU samples alone (the recording's native-method samples are threads waiting, not working)
    "$JAVA_HOME/bin/jfr" scrub --include-events jdk.ExecutionSample "$work/$name.jfr" "$work/$name-cpu.jfr" > /dev/null
    "$JAVA_HOME/bin/java" -jar "$work/jfr-converter-$JFR_CONVERTER_VERSION.jar" --simple --dot --norm -i --minwidth 0.2 \
      -X '.*(SpringApplication\.run|Argon2).*' --title "$name: CPU during the load run" \
      -o html "$work/$name-cpu.jfr" "$work/$name-cpu.html" > /dev/null
    echo "load: flame graph of $name: $work/$name-cpu.html"
  done
}

stop_services() {
  local restarted=()
  # the chaos run starts killed services again from its fault shell: their pids are only in the files
  for f in "$work"/*.pid; do [[ -f $f ]] && restarted+=("$(cat "$f")"); done
  ((${#pids[@]} + ${#restarted[@]})) || return 0
  kill "${pids[@]}" "${restarted[@]}" 2> /dev/null
  wait "${pids[@]}" 2> /dev/null || true
  for pid in "${restarted[@]}"; do
    for _ in $(seq 30); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
  done
  if command -v rabbitmqctl > /dev/null; then
    for q in $QUEUE $QUEUE.dlq $QUEUE.retry; do rabbitmqctl -q delete_queue "$q" > /dev/null 2>&1 || true; done
    rabbitmqadmin delete exchange name=$EXCHANGE > /dev/null 2>&1 || true
  fi
}
