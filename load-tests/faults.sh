# Functions of load-tests/chaos (sourced, not run): injecting each fault of the schedule at its moment, healing
# it, logging both moments, and healing whatever is still broken when the run ends early.
# Reads: work, the functions and variables of load-tests/services.sh.

fault_pids=()

now_ms() { date +%s%3N; }

# inject_faults STARTED_MS < schedule: one background shell per fault ("start length kind instance" per line),
# each waiting for its moment (counted from STARTED_MS, when the clients began), then breaking and healing;
# "kind instance from_ms to_ms" goes to $work/faults.log once healed (a killed service: once ready again)
inject_faults() {
  local started=$1 start length kind instance
  : > "$work/faults.log"
  while read -r start length kind instance; do
    (
      wait_ms=$((started + start * 1000 - $(now_ms)))
      ((wait_ms > 0)) && sleep "$(awk -v ms="$wait_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
      from=$(now_ms)
      echo "chaos: at $(((from - started) / 1000)) s: $kind $instance for $length s"
      break_$kind "$instance"
      sleep "$length"
      heal_$kind "$instance"
      echo "$kind $instance $from $(now_ms)" >> "$work/faults.log"
      echo "chaos: at $((($(now_ms) - started) / 1000)) s: $kind $instance healed"
    ) &
    fault_pids+=($!)
  done
}

wait_for_faults() {
  local pid
  for pid in "${fault_pids[@]}"; do wait "$pid" || echo "chaos: a fault's shell ended with an error" >&2; done
}

pid_of() { cat "$work/$1.pid"; }

break_kill-enrollment() { kill -9 "$(pid_of "enrollment-$1")"; }
heal_kill-enrollment() { start_enrollment "$1"; }
break_kill-notification() { kill -9 "$(pid_of "notification-$1")"; }
heal_kill-notification() { start_notification "$1"; }
break_stop-rabbitmq() { rabbitmqctl -q stop_app > /dev/null; }
heal_stop-rabbitmq() { rabbitmqctl -q start_app > /dev/null; }
break_sandbox-unreachable() { kill -STOP "$(pid_of payment-sandbox)"; }
heal_sandbox-unreachable() { kill -CONT "$(pid_of payment-sandbox)"; }

# every connection to the run's two databases terminated, and new ones refused, until healed
break_cut-postgresql() {
  pg psql -q -o /dev/null -d postgres \
    -c "ALTER DATABASE $ENROLLMENT_DB WITH ALLOW_CONNECTIONS false" \
    -c "ALTER DATABASE $NOTIFICATION_DB WITH ALLOW_CONNECTIONS false" \
    -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN ('$ENROLLMENT_DB', '$NOTIFICATION_DB')"
}
heal_cut-postgresql() {
  pg psql -q -o /dev/null -d postgres \
    -c "ALTER DATABASE $ENROLLMENT_DB WITH ALLOW_CONNECTIONS true" \
    -c "ALTER DATABASE $NOTIFICATION_DB WITH ALLOW_CONNECTIONS true"
}

# on any exit: no fault shell left, the broker running, the databases open, the sandbox resumed
heal_everything() {
  ((${#fault_pids[@]})) && kill "${fault_pids[@]}" 2> /dev/null
  rabbitmqctl -q start_app > /dev/null 2>&1 || true
  [[ -f $work/payment-sandbox.pid ]] && kill -CONT "$(pid_of payment-sandbox)" 2> /dev/null
  heal_cut-postgresql 2> /dev/null || true
}
