import { Badge } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

export interface CountdownProps {
  /** When time is up, on this machine's clock (already corrected by the server's). */
  deadline: number;
}

const format = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Time left on the task, counted from the server's clock. */
export function Countdown({ deadline }: CountdownProps) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = deadline - now;
  return (
    <Badge appearance="tint" color={left < 60_000 ? 'danger' : 'informative'} role="timer" aria-label={`Time left ${format(left)}`}>
      {left > 0 ? `${format(left)} left` : "Time's up"}
    </Badge>
  );
}
