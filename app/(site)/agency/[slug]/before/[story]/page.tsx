import { listingRoute, noStaticParams } from "../../../../listing-page";

// /agency/x?before=<story id> is rewritten here (next.config.ts).
export const revalidate = 300;
export const generateStaticParams = noStaticParams;

const route = listingRoute("agency");
export const generateMetadata = route.generateMetadata;
export default route.Page;
