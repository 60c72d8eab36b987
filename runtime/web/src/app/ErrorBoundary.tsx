// Keeps a rendering bug on one screen from blanking the whole app; says so in the user's language.
import { Component, type ReactNode } from 'react';
import i18next from 'i18next';

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="status-line error">
        <p>{i18next.t('common.error')}</p>
        <button type="button" className="secondary" onClick={() => location.reload()}>
          {i18next.t('common.reload')}
        </button>
      </div>
    );
  }
}
