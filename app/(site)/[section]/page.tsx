import { listingRoute, noStaticParams } from "../listing-page";

// Served from the cache; writes revalidate it, and this interval bounds any staleness.
export const revalidate = 300;
export const generateStaticParams = noStaticParams;

const route = listingRoute("section");
export const generateMetadata = route.generateMetadata;
export default route.Page;
