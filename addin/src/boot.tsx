import { createRoot } from 'react-dom/client';
import type { ExcelHost } from '../excel/host';
import { App } from './App';

/** Renders the pane at once; Excel joins when `host` resolves. The one place that mounts React. */
export function boot(host: Promise<ExcelHost>, element = document.getElementById('root')!): void {
  createRoot(element).render(<App host={host} storage={window.localStorage} />);
}
