#!/usr/bin/env bash
# A single-node Slurm cluster on localhost for the integration test: installs Debian's slurm-wlm
# (and munge) if missing, writes a minimal config, and starts munged, slurmctld and slurmd.
# Usage: scripts/slurm/local-cluster.sh start|stop. Exits 3, with a message, when it cannot run
# here (no root, no apt, or the daemons do not come up), so callers can skip cleanly.
set -uo pipefail
action="${1:-start}"
skip() { echo "local-cluster: $*" >&2; exit 3; }

daemons=(slurmd slurmctld munged)

running() {
  local d
  for d in "${daemons[@]}"; do pgrep -x "$d" >/dev/null && return 0; done
  return 1
}

stop() {
  local d
  for d in "${daemons[@]}"; do pkill -x "$d" 2>/dev/null; done
  for _ in $(seq 1 20); do # wait for them to exit, so a restart finds the ports free
    running || return 0
    sleep 0.5
  done
  for d in "${daemons[@]}"; do pkill -9 -x "$d" 2>/dev/null; done
  return 0
}

start() {
  [[ $(id -u) -eq 0 ]] || skip "needs root to install and run Slurm"
  if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    command -v apt-get >/dev/null || skip "slurm-wlm is not installed and apt-get is not available"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge) \
      >/tmp/chatshare-slurm-install.log 2>&1 || skip "could not install slurm-wlm (see /tmp/chatshare-slurm-install.log)"
  fi
  stop
  node="$(hostname -s)"
  mkdir -p /etc/munge /var/log/munge /run/munge /var/lib/munge /etc/slurm /var/spool/slurmctld /var/spool/slurmd
  [[ -s /etc/munge/munge.key ]] || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null
  chown -R root:root /etc/munge /var/log/munge /run/munge /var/lib/munge
  chmod 700 /etc/munge; chmod 400 /etc/munge/munge.key
  munged --force >/tmp/chatshare-munged.log 2>&1 || skip "munged did not start"
  cat >/etc/slurm/slurm.conf <<CONF
ClusterName=chatshare-ci
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/tmp/chatshare-slurmctld.log
SlurmdLogFile=/tmp/chatshare-slurmd.log
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=ci Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
  slurmctld -c || skip "slurmctld did not start (see /tmp/chatshare-slurmctld.log)"
  slurmd || skip "slurmd did not start (see /tmp/chatshare-slurmd.log)"
  for _ in $(seq 1 30); do
    if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed)'; then
      echo "local-cluster: node $node is up" >&2
      return 0
    fi
    sleep 1
  done
  skip "the node did not become idle (sinfo: $(sinfo -h 2>&1 | head -1))"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
