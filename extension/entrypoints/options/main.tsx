import { render } from 'preact';
import { Options } from '../../src/options/Options.js';
import '../../src/ui/panel.css';

render(<Options />, document.getElementById('app')!);
