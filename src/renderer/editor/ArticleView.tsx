/**
 * The article in a read-only Lexical editor. It is a projection of the database: built from the
 * stored text when the article is opened, never edited, never saved back.
 *
 * Direction is set with CSS from `data-direction`, not with `dir`: Lexical's reconciler owns the
 * `dir` attribute of the root and of every paragraph (it writes dir="auto" on paragraphs, which
 * would turn an Arabic paragraph that opens with a Latin agency name left-to-right).
 */
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, type ReactNode } from 'react';
import type { TextDirection } from '../../shared/arabic/direction';
import { $fillWithArticle } from './articleEditorState';
import { LAZY_LAYOUT_CHARS } from './readingPosition';

export interface ArticleViewProps {
  articleId: string;
  text: string;
  direction: TextDirection;
  label: string;
  /** Called once the text is in the DOM (used to restore the scroll position). */
  onRendered?: () => void;
  /** Plugins that need the editor (the annotation layer). */
  children?: ReactNode;
}

function RenderedSignal({ onRendered }: { onRendered?: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!onRendered) return;
    if (editor.getRootElement()?.childElementCount) {
      onRendered();
      return;
    }
    return editor.registerUpdateListener(() => onRendered());
  }, [editor, onRendered]);
  return null;
}

export function ArticleView({ articleId, text, direction, label, onRendered, children }: ArticleViewProps) {
  const initialConfig: InitialConfigType = {
    namespace: `isnad-article-${articleId}`,
    editable: false,
    editorState: () => $fillWithArticle(text),
    onError: (error) => {
      throw error;
    },
    theme: { paragraph: 'article-paragraph' },
  };
  return (
    <LexicalComposer key={articleId} initialConfig={initialConfig}>
      <PlainTextPlugin
        contentEditable={
          <ContentEditable
            className="article-text"
            data-direction={direction}
            data-lazy={text.length > LAZY_LAYOUT_CHARS ? 'true' : undefined}
            lang={direction === 'rtl' ? 'ar' : undefined}
            aria-label={label}
            data-testid="article-root"
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <RenderedSignal onRendered={onRendered} />
      {children}
    </LexicalComposer>
  );
}
