/** @jax-js/jax `jit(grad)`. See jax-common.ts. */
import { jaxContender } from "./jax-common.js";
export default jaxContender(true);
