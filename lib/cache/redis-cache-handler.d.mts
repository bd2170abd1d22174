/** Channel on which every revalidation is announced, so each instance drops its response cache. */
export declare const REVALIDATED_CHANNEL: string;
declare const RedisCacheHandler: unknown;
export default RedisCacheHandler;
