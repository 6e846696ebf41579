import { Badge } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

export interface CountdownProps {
  /** What is counted down: "Task" or "Interview". */
  label: string;
  /** When time is up, on this machine's clock (already corrected by the server's). */
  deadline: number;
  /** What the badge says once the time is over. */
  over: string;
}

const format = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
};

/** Time left on the task or the interview, counted from the server's clock. */
export function Countdown({ label, deadline, over }: CountdownProps) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = deadline - now;
  const text = left > 0 ? `${label}: ${format(left)} left` : over;
  return (
    <Badge appearance="tint" color={left < 60_000 ? 'danger' : 'informative'} role="timer" aria-label={text}>
      {text}
    </Badge>
  );
}
