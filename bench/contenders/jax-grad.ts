/** @jax-js/jax `grad` (eager). See jax-common.ts. */
import { jaxContender } from "./jax-common.js";
export default jaxContender(false);
