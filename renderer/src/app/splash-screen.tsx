import { Brand } from '../layout/brand.tsx';

export function SplashScreen({ message }: { message: string }) {
  return (
    <main className="centered-screen" aria-busy="true">
      <div className="splash">
        <Brand />
        <p role="status">
          <span className="spinner" aria-hidden="true" /> {message}
        </p>
      </div>
    </main>
  );
}
