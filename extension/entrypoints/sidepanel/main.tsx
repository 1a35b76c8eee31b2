import { render } from 'preact';
import { SidePanel } from '../../src/sidepanel/SidePanel.js';
import '../../src/ui/panel.css';

render(<SidePanel />, document.getElementById('app')!);
