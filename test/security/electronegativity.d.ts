// The scanner ships no type declarations; this is the one function the suite calls.
declare module '@doyensec/electronegativity' {
  export default function run(options: Record<string, unknown>, forCli?: boolean): Promise<unknown>;
}
