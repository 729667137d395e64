#!/usr/bin/env bash
# A single-node Slurm (munged + slurmctld + slurmd) on this machine, for the sweep's Slurm
# round-trip test: Debian 12's slurm-wlm 22.05 and munge, as background daemons without
# systemd. Needs root. Idempotent.
#   bash packaging/slurm-local.sh start    # install if missing, configure, start, wait for idle
#   bash packaging/slurm-local.sh stop     # cancel jobs, stop the daemons it started
#   bash packaging/slurm-local.sh status   # exit 0 when the node accepts jobs
# Prints one line per step; exits non-zero with the reason when Slurm cannot start here.
set -euo pipefail

state_dir="${RW_SLURM_STATE:-/tmp/rw-slurm-local}"
conf=/etc/slurm/slurm.conf
marker="# written by ratings-workbench packaging/slurm-local.sh"

say() { echo "slurm-local: $*"; }
# running PID NAME: the process PID is alive and is NAME (never trust a pid file alone)
running() { [[ -n "${1:-}" && -r "/proc/$1/comm" && "$(cat "/proc/$1/comm" 2>/dev/null)" == "$2" ]]; }
pid_in() { [[ -s "$1" ]] && tr -dc '0-9' < "$1" || true; }
node_state() { sinfo -h -n "$(hostname -s)" -o '%T' 2>/dev/null || true; }

start() {
  [[ "$(id -u)" == 0 ]] || { say "needs root (it starts system daemons)"; exit 2; }
  mkdir -p "$state_dir"
  if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    say "installing slurm-wlm and munge"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
  fi

  # munge: a key, its run directory (systemd would create it), the daemon as user munge.
  if [[ ! -s /etc/munge/munge.key ]]; then
    mkdir -p /etc/munge
    mungekey --create --keyfile=/etc/munge/munge.key 2>/dev/null ||
      head -c 1024 /dev/urandom > /etc/munge/munge.key
  fi
  chown munge:munge /etc/munge /etc/munge/munge.key
  chmod 700 /etc/munge
  chmod 400 /etc/munge/munge.key
  install -d -o munge -g munge -m 755 /run/munge
  install -d -o munge -g munge -m 711 /var/lib/munge
  install -d -o munge -g munge -m 700 /var/log/munge
  install -d -o slurm -g slurm -m 755 /var/spool/slurmctld /var/log/slurm
  install -d -m 755 /var/spool/slurmd /etc/slurm
  if ! running "$(pid_in /run/munge/munged.pid)" munged; then
    runuser -u munge -- /usr/sbin/munged
    for _ in $(seq 50); do running "$(pid_in /run/munge/munged.pid)" munged && break; sleep 0.1; done
  fi
  munge -n | unmunge > /dev/null || { say "munge does not authenticate"; exit 1; }

  local ctld slurmd_pid
  ctld="$(pid_in /run/slurmctld.pid)"
  slurmd_pid="$(pid_in /run/slurmd.pid)"
  # The configuration is (re)written only while both Slurm daemons are down, and never over
  # a slurm.conf this script did not write.
  if ! running "$ctld" slurmctld && ! running "$slurmd_pid" slurmd &&
     { [[ ! -e "$conf" ]] || grep -qF "$marker" "$conf"; }; then
    local topology memory
    topology="$(slurmd -C | head -1 | grep -oE '(CPUs|Boards|SocketsPerBoard|CoresPerSocket|ThreadsPerCore)=[0-9]+' | tr '\n' ' ')"
    memory="$(awk '/MemAvailable/ {m = int($2 / 1024 * 0.9); print m - m % 256}' /proc/meminfo)"
    cat > "$conf.new" <<EOF
$marker
ClusterName=rwlocal
SlurmctldHost=localhost
SlurmUser=slurm
SlurmctldPort=6817
SlurmdPort=6818
CommunicationParameters=NoCtldInAddrAny,NoInAddrAny
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
MailProg=/bin/true
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
NodeName=$(hostname -s) NodeAddr=127.0.0.1 ${topology}RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
    mv "$conf.new" "$conf"
    # A state folder of another cluster name stops slurmctld ("CLUSTER NAME MISMATCH").
    if [[ -s /var/spool/slurmctld/clustername && "$(cat /var/spool/slurmctld/clustername)" != rwlocal ]]; then
      find /var/spool/slurmctld -mindepth 1 -delete
    fi
  fi
  if ! running "$ctld" slurmctld; then
    slurmctld || { say "slurmctld did not start: $(tail -n 3 /var/log/slurm/slurmctld.log 2>/dev/null)"; exit 1; }
    for _ in $(seq 50); do running "$(pid_in /run/slurmctld.pid)" slurmctld && break; sleep 0.1; done
  fi
  if ! running "$slurmd_pid" slurmd; then
    slurmd || { say "slurmd did not start: $(tail -n 3 /var/log/slurm/slurmd.log 2>/dev/null)"; exit 1; }
    for _ in $(seq 50); do running "$(pid_in /run/slurmd.pid)" slurmd && break; sleep 0.1; done
  fi
  printf 'munged %s\nslurmctld %s\nslurmd %s\n' "$(pid_in /run/munge/munged.pid)" \
    "$(pid_in /run/slurmctld.pid)" "$(pid_in /run/slurmd.pid)" > "$state_dir/pids"

  local state=""
  for i in $(seq 300); do
    state="$(node_state)"
    case "$state" in
      idle | mixed | allocated) say "node $(hostname -s) is $state"; return 0 ;;
      drain* | down*) ((i == 25)) && scontrol update NodeName="$(hostname -s)" State=RESUME 2>/dev/null || true ;;
    esac
    sleep 0.2
  done
  say "the node did not become idle (state '$state'); see /var/log/slurm/"
  exit 1
}

stop() {
  if running "$(pid_in /run/slurmctld.pid)" slurmctld; then
    local jobs
    jobs="$(squeue -h -o '%A' 2>/dev/null | sort -u | tr '\n' ' ')"
    if [[ -n "${jobs// /}" ]]; then
      scancel $jobs 2>/dev/null || true
      for _ in $(seq 100); do [[ -z "$(squeue -h 2>/dev/null)" ]] && break; sleep 0.2; done
    fi
  fi
  local name file pid
  for name in slurmd slurmctld munged; do
    case "$name" in
      slurmd) file=/run/slurmd.pid ;;
      slurmctld) file=/run/slurmctld.pid ;;
      munged) file=/run/munge/munged.pid ;;
    esac
    pid="$(awk -v n="$name" '$1 == n {print $2}' "$state_dir/pids" 2>/dev/null || true)"
    running "$pid" "$name" || pid="$(pid_in "$file")"
    if running "$pid" "$name"; then
      kill -TERM "$pid"
      for _ in $(seq 100); do running "$pid" "$name" || break; sleep 0.1; done
      running "$pid" "$name" && kill -KILL "$pid"
      say "$name stopped"
    fi
    # slurmctld (user slurm) cannot remove its root-owned pid file; a stale one breaks apt.
    rm -f "$file"
  done
  rm -f "$state_dir/pids"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) case "$(node_state)" in idle | mixed | allocated) exit 0 ;; *) exit 1 ;; esac ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
