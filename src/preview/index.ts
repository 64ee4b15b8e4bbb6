/** The live preview's model: what the cluster would hold for a text. */
export {derivePreview, POD_INDEX_LABEL, POD_NAME_LABEL} from './derive';
export {CLUSTER_DOMAIN} from './service';
export type * from './types';
