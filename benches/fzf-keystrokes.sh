#!/bin/sh
# fzf's interactive cost per keystroke on the generated brief's items, for comparison with
# `cargo bench --bench search` (docs/performance.md). fzf runs in a detached tmux session;
# for each letter of WORD the script sends the key and polls the screen until fzf's match
# count shows the count `fzf --filter` gives for that prefix. The same loop on a one-line
# input measures what tmux itself costs (sending, polling), which is subtracted.
#
# usage: benches/fzf-keystrokes.sh LINES [WORD] [ROUNDS]
#   LINES: one item a line, as `cargo bench --bench search -- --write DIR` writes
set -eu
lines=$1
word=${2:-summit}
rounds=${3:-5}
socket=fzf-keystrokes-$$
now() { date +%s%N; }

# Median of the numbers on stdin.
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Milliseconds per keystroke of WORD typed into fzf reading $1, one number per keystroke.
type_word() {
    input=$1
    total=$(wc -l < "$input")
    tmux -L "$socket" kill-server 2>/dev/null || true
    tmux -L "$socket" new-session -d -x 200 -y 50 "fzf --no-sort < '$input'"
    until tmux -L "$socket" capture-pane -p | grep -q " $total/$total"; do sleep 0.05; done
    i=1
    while [ "$i" -le "${#word}" ]; do
        prefix=$(printf %s "$word" | cut -c1-"$i")
        letter=$(printf %s "$word" | cut -c"$i")
        expected=$(fzf --filter "$prefix" < "$input" | wc -l)
        start=$(now)
        tmux -L "$socket" send-keys -l "$letter"
        until tmux -L "$socket" capture-pane -p | grep -q " $expected/$total"; do :; done
        echo $(( ($(now) - start) / 1000 ))
        i=$((i + 1))
    done
    tmux -L "$socket" kill-server
}

one=$(mktemp)
printf '%s\n' "$word" > "$one"
big=""; small=""
r=1
while [ "$r" -le "$rounds" ]; do
    big="$big $(type_word "$lines" | tr '\n' ' ')"
    small="$small $(type_word "$one" | tr '\n' ' ')"
    r=$((r + 1))
done
rm -f "$one"
echo "fzf, each keystroke (µs):$big" >&2; echo "1 line:$small" >&2
big_median=$(printf '%s\n' $big | median)
small_median=$(printf '%s\n' $small | median)
echo "per keystroke, µs (median of $rounds rounds × ${#word} keys): fzf on $(wc -l < "$lines") lines $big_median, on 1 line (tmux's own cost) $small_median"
echo "fzf's own cost per keystroke: $(( ${big_median%.*} - ${small_median%.*} )) µs; load: $(cut -d' ' -f1-3 /proc/loadavg)"
