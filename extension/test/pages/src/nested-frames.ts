import { exposeFramedTestPage } from './frame-host.js';

exposeFramedTestPage(document.querySelector<HTMLIFrameElement>('#frame')!);
