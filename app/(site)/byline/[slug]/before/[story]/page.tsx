import { listingRoute, noStaticParams } from "../../../../listing-page";

// /byline/x?before=<story id> is rewritten here (next.config.ts).
export const revalidate = 300;
export const generateStaticParams = noStaticParams;

const route = listingRoute("byline");
export const generateMetadata = route.generateMetadata;
export default route.Page;
