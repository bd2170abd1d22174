/**
 * Whether a service the tests need answers. Under CI it must (the run fails loudly);
 * elsewhere its tests are skipped with a line saying so.
 */
export async function serviceAnswers(
  name: string,
  url: string,
  probe: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch {
    if (process.env.CI === "true")
      throw new Error(`${name} is required under CI and does not answer at ${url}`);
    console.warn(`${name} does not answer at ${url}: skipping its tests`);
    return false;
  }
}
