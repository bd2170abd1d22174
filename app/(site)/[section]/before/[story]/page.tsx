import { listingRoute, noStaticParams } from "../../../listing-page";

// /world?before=<story id> is rewritten here (next.config.ts), so later pages are cached like the first.
export const revalidate = 300;
export const generateStaticParams = noStaticParams;

const route = listingRoute("section");
export const generateMetadata = route.generateMetadata;
export default route.Page;
